-- Stores the ingest's upstream resume position and renews its lease, if the caller still
-- leads (as cursor.lua does for the line cursor): a standby that took over must never see the
-- position moved by the leader it replaced.
-- KEYS[1] the ingest lease, KEYS[2] the resume hash. ARGV[1] the owner id, ARGV[2] the lease
-- (ms), ARGV[3] the event-time cursor (unix microseconds), ARGV[4] the newest Mastodon status
-- id published ('' when none). Returns 1 when stored, 0 when the caller no longer leads.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[2], 'cursor_us', ARGV[3])
if ARGV[4] ~= '' then redis.call('HSET', KEYS[2], 'mastodon_status', ARGV[4]) end
return 1
