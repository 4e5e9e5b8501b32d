-- Stores the ingest's cursor (input lines published and acknowledged) and renews its lease, if
-- the caller still leads: a standby that took over must never see its cursor moved back.
-- KEYS[1] the ingest lease, KEYS[2] the cursor. ARGV[1] the owner id, ARGV[2] the lease (ms),
-- ARGV[3] the cursor. Returns 1 when stored, 0 when the caller no longer leads.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], ARGV[3])
return 1
