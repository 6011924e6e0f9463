-- The front desk: 80% reads (card, search, notes, visits), 20% writes (notes, visits, top-ups,
-- small payments into open tabs seeded for this), on random seeded clients.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids = read_lines(os.getenv("BENCH_IDS"))
local prefixes = read_lines(os.getenv("BENCH_PREFIXES"))
local tabs = read_lines(os.getenv("BENCH_TABS"))
local note = '{"body": "Asked for the same therapist next time.", "kind": "general"}'
local visit = '{"starts_at": "2031-05-04T10:30:00+00:00", "ends_at": "2031-05-04T11:30:00+00:00", ' ..
              '"service": "Gel manicure", "staff": "Amy", "status": "booked"}'
local top_up = '{"amount": {"amount": 1000, "currency": "GBP"}, "method": "card"}'
local payment = '{"amount": {"amount": 100, "currency": "GBP"}, "method": "card"}'

request = function()
  local client = "/api/v1/clients/" .. ids[math.random(#ids)]
  local roll = math.random(100)
  if roll <= 35 then return wrk.format("GET", client .. "/card")
  elseif roll <= 55 then return wrk.format("GET", "/api/v1/clients?limit=20&q=" .. prefixes[math.random(#prefixes)])
  elseif roll <= 68 then return wrk.format("GET", client .. "/notes")
  elseif roll <= 80 then return wrk.format("GET", client .. "/visits")
  elseif roll <= 86 then return wrk.format("POST", client .. "/notes", nil, note)
  elseif roll <= 92 then return wrk.format("POST", client .. "/visits", nil, visit)
  elseif roll <= 96 or #tabs == 0 then return wrk.format("POST", client .. "/balance/top-ups", nil, top_up)
  else return wrk.format("POST", "/api/v1/invoices/" .. tabs[math.random(#tabs)] .. "/payments", nil, payment)
  end
end
