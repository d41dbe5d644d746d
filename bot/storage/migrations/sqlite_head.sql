CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE users (
	id BIGINT NOT NULL, 
	language VARCHAR(2), 
	time_zone VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, written_language VARCHAR(2), 
	PRIMARY KEY (id)
);
CREATE TABLE subscriptions (
	user_id BIGINT NOT NULL, 
	chat_id BIGINT NOT NULL, 
	time VARCHAR(5) NOT NULL, 
	time_zone VARCHAR(64) NOT NULL, 
	lang VARCHAR(2) NOT NULL, 
	active BOOLEAN NOT NULL, 
	last_sent DATE, next_due FLOAT, lease_until FLOAT DEFAULT '0' NOT NULL, attempts INTEGER DEFAULT '0' NOT NULL, owner VARCHAR(32), 
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
CREATE TABLE reviews (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	chat_id BIGINT NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	correct BOOLEAN NOT NULL, 
	reviewed_at DATETIME NOT NULL, poll_id VARCHAR(64), 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_reviews_user_id ON reviews (user_id);
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
	created_at DATETIME NOT NULL, starter_id BIGINT, deadline FLOAT, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_quiz_rounds_chat_id ON quiz_rounds (chat_id);
CREATE TABLE polls (
	poll_id VARCHAR(64) NOT NULL, 
	round_id INTEGER NOT NULL, 
	chat_id BIGINT NOT NULL, 
	user_id BIGINT, 
	item_id VARCHAR(64) NOT NULL, 
	correct_ids JSON NOT NULL, 
	position INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, message_id BIGINT, 
	PRIMARY KEY (poll_id), 
	FOREIGN KEY(round_id) REFERENCES quiz_rounds (id) ON DELETE CASCADE
);
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
	created_at DATETIME NOT NULL, chat_id BIGINT, message_id BIGINT, voter VARCHAR(64), 
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
	created_at DATETIME NOT NULL, dedupe_key VARCHAR(64), 
	PRIMARY KEY (id)
);
CREATE INDEX ix_gaps_created_at ON gaps (created_at);
CREATE TABLE inbox (
	bot_id BIGINT NOT NULL, 
	update_id BIGINT NOT NULL, 
	payload TEXT NOT NULL, 
	received_at FLOAT NOT NULL, 
	state SMALLINT DEFAULT '0' NOT NULL, 
	lease_until FLOAT NOT NULL, owner VARCHAR(32), 
	PRIMARY KEY (bot_id, update_id)
);
CREATE INDEX ix_inbox_pending ON inbox (state, lease_until);
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	"key" VARCHAR(128) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	chat_id BIGINT NOT NULL, 
	payload TEXT NOT NULL, 
	due_at FLOAT NOT NULL, 
	lease_until FLOAT DEFAULT '0' NOT NULL, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	state SMALLINT DEFAULT '0' NOT NULL, owner VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);
CREATE INDEX ix_outbox_due ON outbox (state, due_at);
CREATE INDEX ix_subscriptions_due ON subscriptions (active, next_due);
CREATE TABLE "quiz_cards" (
	user_id BIGINT NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	card TEXT NOT NULL, 
	PRIMARY KEY (user_id, item_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_reviews_poll_user ON reviews (poll_id, user_id);
CREATE INDEX ix_reviews_chat ON reviews (chat_id, reviewed_at);
CREATE INDEX ix_quiz_rounds_deadline ON quiz_rounds (active, deadline);
CREATE INDEX ix_polls_round ON polls (round_id, position);
CREATE UNIQUE INDEX ux_votes_answer_voter ON votes (chat_id, message_id, voter);
CREATE UNIQUE INDEX ux_gaps_dedupe ON gaps (dedupe_key);
CREATE TABLE phrasings (
	id INTEGER NOT NULL, 
	entry_id VARCHAR(64) NOT NULL, 
	lang VARCHAR(2) NOT NULL, 
	text VARCHAR(512) NOT NULL, 
	created_at FLOAT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (lang, text)
);
CREATE TABLE counters (
	name VARCHAR(64) NOT NULL, 
	value BIGINT DEFAULT '0' NOT NULL, 
	PRIMARY KEY (name)
);
CREATE TABLE instances (
	id VARCHAR(32) NOT NULL, 
	started_at FLOAT NOT NULL, 
	seen_at FLOAT NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE group_asks (
	id INTEGER NOT NULL, 
	chat_id BIGINT NOT NULL, 
	entry_id VARCHAR(64) NOT NULL, 
	asked_at FLOAT NOT NULL, 
	dedupe_key VARCHAR(64), 
	PRIMARY KEY (id), 
	UNIQUE (dedupe_key)
);
CREATE INDEX ix_group_asks_chat ON group_asks (chat_id, asked_at);
CREATE TABLE user_days (
	user_id BIGINT NOT NULL, 
	day DATE NOT NULL, 
	questions INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (user_id, day), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE class_settings (
	chat_id BIGINT NOT NULL, 
	teacher_id BIGINT, 
	names BOOLEAN DEFAULT 0 NOT NULL, 
	weekly BOOLEAN DEFAULT 0 NOT NULL, 
	next_digest FLOAT, 
	lease_until FLOAT DEFAULT '0' NOT NULL, 
	owner VARCHAR(32), 
	PRIMARY KEY (chat_id)
);
INSERT INTO alembic_version (version_num) VALUES ('0004');
