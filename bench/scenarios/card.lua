-- The same card again and again (warm card, heavy and light clients): BENCH_CLIENT.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local path = "/api/v1/clients/" .. os.getenv("BENCH_CLIENT") .. "/card"
request = function() return wrk.format("GET", path) end
