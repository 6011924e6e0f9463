-- Every request another seeded client's card: each thread walks the id list from its own offset.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids = read_lines(os.getenv("BENCH_IDS"))
local n = 0
request = function()
  n = n + 1
  local id = ids[((thread_number or 1) * 7919 + n * 2) % #ids + 1]
  return wrk.format("GET", "/api/v1/clients/" .. id .. "/card")
end
