-- wrk script for bench/events.sh: each request registers the next person of the crowd
-- (API tokens one a line in the file $TOKENS), each wrk thread taking its own share.
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
  step = tonumber(os.getenv("THREADS") or "1")
  i = 0
end
function request()
  local k = (i * step + id) % #tokens + 1
  i = i + 1
  return wrk.format("POST", nil, { ["Authorization"] = "Bearer " .. tokens[k] }, "")
end
