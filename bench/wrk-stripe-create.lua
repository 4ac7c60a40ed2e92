-- The ceiling for the bulk-push figures: the same Stripe create POSTs Pricebook, curl and newman
-- send (a form body, Basic auth with the sandbox key, an Idempotency-Key unique per request), as
-- fast as wrk can send them.
--   wrk -t2 -c8 -d10s -s bench/wrk-stripe-create.lua http://127.0.0.1:PORT -- sandbox-key RUN
-- The created count is in the sandbox's /__sandbox/stats; done() prints key=value lines
-- (requests, seconds, errors including answers >= 400) for bench/run-benchmarks.sh.

local threads = {}
local counter = 1

function setup(thread)
    thread:set("id", counter)
    table.insert(threads, thread)
    counter = counter + 1
end

function init(args)
    local key = args[1] or "sandbox-key"
    run = args[2] or tostring(os.time())
    auth = "Basic " .. mime64(key .. ":")
    sent = 0
end

-- wrk's Lua has no base64: a small encoder for the one Authorization value.
function mime64(s)
    local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return ((s:gsub(".", function(x)
        local r, b = "", x:byte()
        for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
        return r
    end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
        if #x < 6 then return "" end
        local c = 0
        for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
        return chars:sub(c + 1, c + 1)
    end) .. ({ "", "==", "=" })[#s % 3 + 1])
end

function request()
    sent = sent + 1
    local tag = run .. "-" .. id .. "-" .. sent
    local body = "name=wrk+" .. tag .. "&default_price_data%5Bcurrency%5D=usd&default_price_data%5Bunit_amount%5D=500"
    return wrk.format("POST", "/v1/products", {
        ["Authorization"] = auth,
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Idempotency-Key"] = "wrk-" .. tag,
    }, body)
end

function done(summary, latency, requests)
    io.write(string.format("wrk_requests=%d\n", summary.requests))
    io.write(string.format("wrk_seconds=%.3f\n", summary.duration / 1e6))
    io.write(string.format("wrk_errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout))
    io.write(string.format("wrk_requests_per_s=%.0f\n", summary.requests / (summary.duration / 1e6)))
end
