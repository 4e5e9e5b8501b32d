-- Reads a value (an event time) and memoizes it for the post asking, so the answer it got is
-- the answer it gets again. KEYS[1] the key, KEYS[2] the post's memo hash. ARGV: memo field,
-- memo ttl (ms). Returns the value, or "" when there is none.
local memo = redis.call('HGET', KEYS[2], ARGV[1])
if memo then return memo end
local v = redis.call('GET', KEYS[1])
if not v then v = '' end
redis.call('HSET', KEYS[2], ARGV[1], v)
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return v
