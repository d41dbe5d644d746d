-- The schema the first release created with SQLAlchemy create_all (SQLite), kept to test upgrades.
CREATE TABLE schema_version (
	version INTEGER NOT NULL, 
	applied_at DATETIME NOT NULL, 
	PRIMARY KEY (version)
);
CREATE TABLE users (
	id BIGINT NOT NULL, 
	language VARCHAR(2), 
	time_zone VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE quiz_rounds (
	id INTEGER NOT NULL, 
	chat_id BIGINT NOT NULL, 
	user_id BIGINT, 
	lang VARCHAR(2) NOT NULL, 
	items JSON NOT NULL, 
	position INTEGER NOT NULL, 
	score INTEGER NOT NULL, 
	wrong JSON NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_quiz_rounds_chat_id ON quiz_rounds (chat_id);
CREATE TABLE group_scores (
	chat_id BIGINT NOT NULL, 
	user_id BIGINT NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	score INTEGER NOT NULL, 
	answered INTEGER NOT NULL, 
	PRIMARY KEY (chat_id, user_id)
);
CREATE TABLE votes (
	id INTEGER NOT NULL, 
	entry_id VARCHAR(64) NOT NULL, 
	helpful BOOLEAN NOT NULL, 
	lang VARCHAR(2) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE gaps (
	id INTEGER NOT NULL, 
	question VARCHAR(512) NOT NULL, 
	lang VARCHAR(2) NOT NULL, 
	entry_id VARCHAR(64), 
	score FLOAT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	dismissed BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_gaps_created_at ON gaps (created_at);
CREATE TABLE subscriptions (
	user_id BIGINT NOT NULL, 
	chat_id BIGINT NOT NULL, 
	time VARCHAR(5) NOT NULL, 
	time_zone VARCHAR(64) NOT NULL, 
	lang VARCHAR(2) NOT NULL, 
	active BOOLEAN NOT NULL, 
	last_sent DATE, 
	PRIMARY KEY (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE tips_seen (
	user_id BIGINT NOT NULL, 
	tip_id VARCHAR(64) NOT NULL, 
	seen_at DATETIME NOT NULL, 
	PRIMARY KEY (user_id, tip_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE quiz_cards (
	user_id BIGINT NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	card TEXT NOT NULL, 
	due DATETIME NOT NULL, 
	stability FLOAT NOT NULL, 
	PRIMARY KEY (user_id, item_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE reviews (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	chat_id BIGINT NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	correct BOOLEAN NOT NULL, 
	reviewed_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_reviews_user_id ON reviews (user_id);
CREATE TABLE polls (
	poll_id VARCHAR(64) NOT NULL, 
	round_id INTEGER NOT NULL, 
	chat_id BIGINT NOT NULL, 
	user_id BIGINT, 
	item_id VARCHAR(64) NOT NULL, 
	correct_ids JSON NOT NULL, 
	position INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (poll_id), 
	FOREIGN KEY(round_id) REFERENCES quiz_rounds (id) ON DELETE CASCADE
);
