-- One post joins the campaign group of one key: CampaignTracker::observe, atomically, with the
-- answer memoized per post (a post decided twice gets the same answer; docs/cluster.md).
-- KEYS[1] the group (JSON: {"f": formed 0/1, "m": [[account, tweet, at], ...]}), KEYS[2] the
-- post's memo hash. ARGV: memo field, account, tweet, at (ms), window (ms), min accounts, max
-- members, group ttl (ms), memo ttl (ms).
-- Returns JSON: {"m":0} (not a campaign) or {"m":1,"size":N,"status":"formed"|"grown"|""} plus,
-- when status is set, "accounts", "tweets" and "first" for the record.
local memo = redis.call('HGET', KEYS[2], ARGV[1])
if memo then return memo end
local account, tweet = ARGV[2], ARGV[3]
local at, window = tonumber(ARGV[4]), tonumber(ARGV[5])
local min_accounts, max_members = tonumber(ARGV[6]), tonumber(ARGV[7])
local g = {f = 0, m = {}}
local raw = redis.call('GET', KEYS[1])
if raw then g = cjson.decode(raw) end
local members = {}
for _, m in ipairs(g.m) do
  if at - m[3] <= window then members[#members + 1] = m end
end
local new_account = true
for _, m in ipairs(members) do
  if m[1] == account then new_account = false; break end
end
members[#members + 1] = {account, tweet, at}
if #members > max_members then
  local kept = {}
  for i = #members - max_members + 1, #members do kept[#kept + 1] = members[i] end
  members = kept
end
local seen, accounts = {}, {}
for _, m in ipairs(members) do
  if not seen[m[1]] then seen[m[1]] = true; accounts[#accounts + 1] = m[1] end
end
local result
if #accounts < min_accounts then
  g.f = 0
  result = '{"m":0}'
else
  local status = ''
  if g.f == 0 then
    g.f = 1
    status = 'formed'
  elseif new_account then
    status = 'grown'
  end
  local r = {m = 1, size = #accounts, status = status}
  if status ~= '' then
    local tweets, first = {}, at
    for _, m in ipairs(members) do
      tweets[#tweets + 1] = m[2]
      if m[3] < first then first = m[3] end
    end
    r.accounts = accounts
    r.tweets = tweets
    r.first = first
  end
  result = cjson.encode(r)
end
g.m = members
redis.call('SET', KEYS[1], cjson.encode(g), 'PX', ARGV[8])
redis.call('HSET', KEYS[2], ARGV[1], result)
redis.call('PEXPIRE', KEYS[2], ARGV[9])
return result
