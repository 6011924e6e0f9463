-- A timeline page of a random seeded client.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local ids = read_lines(os.getenv("BENCH_IDS"))
request = function()
  return wrk.format("GET", "/api/v1/clients/" .. ids[math.random(#ids)] .. "/timeline?limit=50")
end
