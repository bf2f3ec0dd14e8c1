// The firing of a schedule at a tick; its key is unique, so a second instance firing the same tick fails here.
CREATE (:ScheduleFire {key: $key, schedule: $name, at: datetime($at), instance: $instance, firedAt: datetime()})
