-- wrk script for bench/tracking-links.sh: every request is a link from a different newsletter issue, as a campaign
-- tool writes it (utm_* parameters with a unique value), to the page named by HAVEN_BENCH_PAGE.
local counter = 0
local page = os.getenv("HAVEN_BENCH_PAGE") or "/"

function init(args)
  math.randomseed(os.time() + math.random(1, 1000000))
end

function request()
  counter = counter + 1
  return wrk.format("GET", page .. "?utm_source=newsletter&utm_medium=email&utm_campaign=issue-" .. counter
    .. "-" .. math.random(1, 1000000000))
end
