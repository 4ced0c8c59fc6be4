"""Where the graph goes: RDF files (`rdf`), network files for Gephi/Cytoscape/yEd (`network`) and a
self-contained HTML page (`html`)."""
