-- Commits a decided batch of one partition, fenced by its lease: nothing is written unless the
-- caller still owns the partition (a worker that lost its lease while paused must not
-- overwrite the new owner's state).
-- KEYS[1] the partition lease, KEYS[2] the committed sequence, KEYS[3] the done sequence,
-- KEYS[4..] account history keys. ARGV[1] the owner id, ARGV[2] the batch's last sequence,
-- ARGV[3] the history ttl (ms), ARGV[4..] the histories (JSON), in the order of KEYS[4..].
-- Returns 1 when committed, 0 when the lease is not the caller's.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
for i = 4, #KEYS do
  redis.call('SET', KEYS[i], ARGV[i], 'PX', ARGV[3])
end
redis.call('SET', KEYS[2], ARGV[2])
local done = tonumber(redis.call('GET', KEYS[3]) or '0')
if tonumber(ARGV[2]) > done then redis.call('SET', KEYS[3], ARGV[2]) end
return 1
