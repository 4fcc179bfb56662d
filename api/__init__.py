"""kg's HTTP service (FastAPI). ``api.app.create_app(settings)`` builds it; `kg serve` runs it."""
