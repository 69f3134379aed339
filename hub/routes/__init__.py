"""The hub's HTTP routes, one module per concern; each ``router(ctx)`` returns an
``APIRouter`` bound to one application's :class:`hub.context.HubContext`."""
