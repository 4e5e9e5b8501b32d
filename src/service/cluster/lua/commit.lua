-- Commits a decided batch of one partition, fenced by its lease: nothing is written unless the
-- caller still owns the partition (a worker that lost its lease while paused must not
-- overwrite the new owner's state).
-- KEYS[1] the partition lease, KEYS[2] the committed sequence, KEYS[3] the done sequence,
-- KEYS[4..3+n] account history keys, KEYS[4+n..] processed post ids (P:seen:<id>).
-- ARGV[1] the owner id, ARGV[2] the batch's last sequence, ARGV[3] the history ttl (ms),
-- ARGV[4] the processed-id ttl (ms), ARGV[5] n, ARGV[6..5+n] the histories (JSON) in the order
-- of their keys, ARGV[6+n..] the event times (ms) the posts were decided at, in the order of
-- theirs.
-- Returns 1 when committed, 0 when the lease is not the caller's.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local n = tonumber(ARGV[5])
for i = 4, 3 + n do
  redis.call('SET', KEYS[i], ARGV[i + 2], 'PX', ARGV[3])
end
for i = 4 + n, #KEYS do
  redis.call('SET', KEYS[i], ARGV[i + 2], 'PX', ARGV[4])
end
redis.call('SET', KEYS[2], ARGV[2])
local done = tonumber(redis.call('GET', KEYS[3]) or '0')
if tonumber(ARGV[2]) > done then redis.call('SET', KEYS[3], ARGV[2]) end
return 1
