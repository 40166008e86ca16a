-- Each request asks for a different directory page (a random keyset cursor among the
-- synthetic organisations), so answers come from the database, not from memory.
math.randomseed(42)
request = function()
  local k = math.random(0, 99999)
  return wrk.format("GET", "/organisations?after=1.synthetic+organisation+" .. k)
end
