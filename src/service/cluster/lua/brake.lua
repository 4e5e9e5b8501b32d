-- Admits a takedown or lock against its budget: Brake::admit, atomically (two workers can never
-- both take the last unit), with the answer memoized per post.
-- KEYS[1] the list of admitted event times (ms, admission order), KEYS[2] the budget's state
-- hash (tripped, trips), KEYS[3] the post's memo hash. ARGV: memo field, at (ms), window (ms),
-- limit, list ttl (ms), memo ttl (ms).
-- Returns "admit", "admit:reset", "review" or "review:tripped".
local memo = redis.call('HGET', KEYS[3], ARGV[1])
if memo then return memo end
local at, window, limit = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
while true do
  local head = redis.call('LINDEX', KEYS[1], 0)
  if head and at - tonumber(head) >= window then
    redis.call('LPOP', KEYS[1])
  else
    break
  end
end
local tripped = redis.call('HGET', KEYS[2], 'tripped') == '1'
local result
if redis.call('LLEN', KEYS[1]) < limit then
  redis.call('RPUSH', KEYS[1], ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  if tripped then
    redis.call('HSET', KEYS[2], 'tripped', '0')
    result = 'admit:reset'
  else
    result = 'admit'
  end
else
  if not tripped then
    redis.call('HSET', KEYS[2], 'tripped', '1')
    redis.call('HINCRBY', KEYS[2], 'trips', 1)
    result = 'review:tripped'
  else
    result = 'review'
  end
end
redis.call('HSET', KEYS[3], ARGV[1], result)
redis.call('PEXPIRE', KEYS[3], ARGV[6])
return result
