-- wrk script: each connection signs in fresh numbers, one after the other, like the app does:
-- GET /verify_number, GET /admin/dev/sms (the benchmark's stand-in for the phone: it reads the
-- PIN), POST /provisioning with it. Run with one connection per thread (-t N -c N) so every
-- thread's requests and responses alternate on its single connection.
-- Environment: BENCH_TOKEN (admin token), BENCH_FIRST (first number, 7 digits after +1202).

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  token = os.getenv("BENCH_TOKEN")
  next_number = tonumber(os.getenv("BENCH_FIRST")) + id * 10000
  state, done_trips, errors = "verify", 0, 0
end

local function encoded()
  return "%2B1202" .. tostring(number)
end

function request()
  if state == "verify" then
    number = next_number
    next_number = next_number + 1
    return wrk.format("GET", "/verify_number?number=" .. encoded())
  elseif state == "sms" then
    return wrk.format("GET", "/admin/dev/sms?number=" .. encoded(),
      { ["Authorization"] = "Bearer " .. token })
  end
  return wrk.format("POST", "/provisioning",
    { ["Content-Type"] = "application/x-www-form-urlencoded" },
    "cloud_id=DEMO&cloud_username=" .. encoded() .. "&cloud_password=" .. pin)
end

function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    state = "verify"
    return
  end
  if state == "verify" then
    state = "sms"
  elseif state == "sms" then
    pin = string.match(body, '"pin"%s*:%s*"(%d%d%d%d%d%d)"')
    state = pin and "provision" or "verify"
    if not pin then errors = errors + 1 end
  else
    if string.find(body, "<cloud_password>", 1, true) then
      done_trips = done_trips + 1
    else
      errors = errors + 1
    end
    state = "verify"
  end
end

function done(summary, latency, requests)
  local trips, errs = 0, 0
  for _, thread in ipairs(threads) do
    trips = trips + thread:get("done_trips")
    errs = errs + thread:get("errors")
  end
  local seconds = summary.duration / 1e6
  -- Latency percentiles are per HTTP request (wrk measures requests; a round trip is three).
  io.write(string.format(
    "roundtrips_per_s=%.1f p50_ms=%.2f p99_ms=%.2f completed=%d errors=%d\n",
    trips / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    trips, errs))
end
