// newsgraph export for Neo4j: cypher-shell -u neo4j -p PASSWORD < this-file
CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT newsgraph_statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
MERGE (n:Entity {id: 'person:ana-torres-vidal'}) SET n:Person, n.name = 'Ana Torres Vidal', n.type = 'person', n.aliases = ['Ana Torres Vidal', 'Torres Vidal'], n.mentions = 2, n.documents = ['doc-1'], n.roles = ['president @ country:CHL'];
MERGE (n:Entity {id: 'country:CHL'}) SET n:Country, n.name = 'Chile', n.type = 'country', n.aliases = ['~Chilean'], n.mentions = 1, n.documents = ['doc-1'], n.roles = [];
MERGE (n:Entity {id: 'country:PER'}) SET n:Country, n.name = 'Peru', n.type = 'country', n.aliases = ['Peru'], n.mentions = 2, n.documents = ['doc-1'], n.roles = [];
MERGE (n:Entity {id: 'institution:andes-research-institute'}) SET n:Institution, n.name = 'Andes "Research" Institute', n.type = 'institution', n.aliases = ['ARI', 'Andes "Research" Institute'], n.mentions = 2, n.documents = ['doc-1'], n.roles = [];
MERGE (n:Entity {id: 'place:lima'}) SET n:Place, n.name = 'Lima', n.type = 'place', n.aliases = ['Lima'], n.mentions = 1, n.documents = ['doc-1'], n.roles = [];
MERGE (n:Entity {id: 'sector:mining'}) SET n:Sector, n.name = 'mining', n.type = 'sector', n.aliases = ['mining'], n.mentions = 1, n.documents = ['doc-1'], n.roles = [];
MATCH (a:Entity {id: 'person:ana-torres-vidal'}), (b:Entity {id: 'country:CHL'}) MERGE (a)-[r:AFFILIATED_WITH {role: 'president'}]->(b) SET r.weight = 1, r.evidence_count = 1, r.evidence = ['Chilean President Ana Torres Vidal visited Peru on Monday.'], r.evidence_documents = ['doc-1'];
MATCH (a:Entity {id: 'person:ana-torres-vidal'}), (b:Entity {id: 'country:PER'}) MERGE (a)-[r:VISITED]->(b) SET r.weight = 1, r.evidence_count = 1, r.evidence = ['Chilean President Ana Torres Vidal visited Peru on Monday.'], r.evidence_documents = ['doc-1'];
MATCH (a:Entity {id: 'person:ana-torres-vidal'}), (b:Entity {id: 'country:PER'}) MERGE (a)-[r:SAID]->(b) SET r.weight = 1, r.evidence_count = 1, r.evidence = ['Trade with Peru will double'], r.evidence_documents = ['doc-1'];
MATCH (a:Entity {id: 'institution:andes-research-institute'}), (b:Entity {id: 'place:lima'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.weight = 1, r.evidence_count = 1, r.evidence = ['The Andes "Research" Institute (ARI) in Lima grew.'], r.evidence_documents = ['doc-1'];
MATCH (a:Entity {id: 'institution:andes-research-institute'}), (b:Entity {id: 'sector:mining'}) MERGE (a)-[r:FOCUSES_ON]->(b) SET r.weight = 1, r.evidence_count = 1, r.evidence = ['ARI focuses on mining.'], r.evidence_documents = ['doc-1'];
MATCH (a:Entity {id: 'country:PER'}), (b:Entity {id: 'place:lima'}) MERGE (a)-[r:CO_MENTIONED]->(b) SET r.weight = 2, r.evidence_count = 2, r.evidence = ['a', 'b'], r.evidence_documents = ['doc-1', 'doc-1'];
MERGE (s:Statement {id: 'doc-1:60'}) SET s.kind = 'direct', s.text = 'Trade with Peru will double', s.cue = 'said', s.document = 'doc-1', s.date = '2025-03-01', s.start = 60, s.end = 87;
MATCH (a:Entity {id: 'person:ana-torres-vidal'}), (s:Statement {id: 'doc-1:60'}) MERGE (a)-[:STATED]->(s);
MATCH (s:Statement {id: 'doc-1:60'}), (b:Entity {id: 'country:PER'}) MERGE (s)-[:ABOUT]->(b);
