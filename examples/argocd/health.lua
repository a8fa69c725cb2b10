-- Argo CD health check for Allotment resources (TeamEnvironment and Cluster), read from their
-- kstatus conditions. Argo CD runs it with the live object in `obj`; argocd-cm-health.yaml holds
-- the same script for both kinds.
local health = { status = "Progressing", message = "Waiting for the Allotment operator" }

local function condition(conditions, type)
  for _, c in ipairs(conditions) do
    if c.type == type then
      return c
    end
  end
  return nil
end

local function text(c, fallback)
  if c ~= nil and c.message ~= nil and c.message ~= "" then
    return c.message
  end
  return fallback
end

if obj.status == nil or obj.status.conditions == nil then
  return health
end

-- Conditions written for an older spec say nothing about the current one.
local generation = obj.metadata.generation
local observed = obj.status.observedGeneration
if generation ~= nil and (observed == nil or observed < generation) then
  health.message = "Waiting for the operator to observe generation " .. tostring(generation)
  return health
end

local ready = condition(obj.status.conditions, "Ready")
local reconciling = condition(obj.status.conditions, "Reconciling")
local stalled = condition(obj.status.conditions, "Stalled")

-- The spec cannot be applied as written: retrying will not help, someone must change it.
if stalled ~= nil and stalled.status == "True" then
  health.status = "Degraded"
  health.message = text(stalled, "Stalled")
  return health
end

if ready ~= nil and ready.status == "True" then
  health.status = "Healthy"
  health.message = text(ready, "Ready")
  return health
end

-- A failed pulumi up or destroy. The operator retries with backoff (Reconciling stays True), but
-- the resource is not what the spec asks for: show the engine's error.
if ready ~= nil and ready.status == "False" and
    (ready.reason == "UpdateFailed" or ready.reason == "DestroyFailed") then
  health.status = "Degraded"
  health.message = text(ready, ready.reason)
  if reconciling ~= nil and reconciling.status == "True" then
    health.message = health.message .. " (" .. text(reconciling, "retry scheduled") .. ")"
  end
  return health
end

-- Queued or running.
if reconciling ~= nil and reconciling.status == "True" then
  health.message = text(reconciling, text(ready, "Reconciling"))
  return health
end

health.message = text(ready, health.message)
return health
