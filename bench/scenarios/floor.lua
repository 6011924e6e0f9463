-- The floor: the bare endpoint of bench/floor.py.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = function() return wrk.format("GET", "/card") end
