"""One router per resource; each is thin: parse the request, call kg's library, shape the response."""
