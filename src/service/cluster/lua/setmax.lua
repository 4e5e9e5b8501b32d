-- Raises a sequence number, never lowers it. KEYS[1] the key, ARGV[1] the new value.
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1]) end
return 1
