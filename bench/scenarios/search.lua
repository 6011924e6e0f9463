-- Search as you type: prefixes of seeded names and phones (BENCH_PREFIXES, already URL-encoded).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local prefixes = read_lines(os.getenv("BENCH_PREFIXES"))
request = function()
  return wrk.format("GET", "/api/v1/clients?limit=20&q=" .. prefixes[math.random(#prefixes)])
end
