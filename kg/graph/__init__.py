"""kg's RDF graph: the vocabulary (`vocab`), the mapping of records to triples (`rdf`) and the JSON
form of records kept beside the store (`records`)."""
