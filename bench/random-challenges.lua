-- Each request asks for the page of a different challenge (a random id among the
-- synthetic ones, MAX_ID of them), so each page computes its own matches.
math.randomseed(42)
local max = tonumber(os.getenv("MAX_ID") or "20000")
request = function()
  return wrk.format("GET", "/challenges/" .. math.random(1, max))
end
