-- One row per running node of the application (README: Crash recovery). Each node writes last_seen every
-- layanan.node.heartbeat-interval; the jobs a node had locked in Camunda (ACT_RU_JOB.LOCK_OWNER_ = node_id) are
-- released by the other nodes once its last_seen is older than layanan.node.silence-threshold, and the row goes.
CREATE TABLE node_heartbeat (
    node_id     VARCHAR(255) PRIMARY KEY,
    -- new at every start: two running nodes configured with the same id are told apart
    incarnation VARCHAR(36)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL
);
