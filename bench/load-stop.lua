-- Bounds a wrk run in requests as well as time: each thread stops after LOAD_REQUESTS responses.
local limit = tonumber(os.getenv("LOAD_REQUESTS") or "200000")
local seen = 0

function response(status, headers, body)
  seen = seen + 1
  if seen >= limit then
    wrk.thread:stop()
  end
end
