-- placeholder, replaced by the foundation work
CREATE TABLE learner (id INTEGER PRIMARY KEY);
