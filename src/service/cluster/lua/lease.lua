-- Takes or renews a lease: set when free or already the caller's. KEYS[1] the lease, ARGV[1]
-- the owner id, ARGV[2] the lease (ms). Returns 1 when the caller holds it, 0 otherwise.
local cur = redis.call('GET', KEYS[1])
if not cur or cur == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
