"""Distribution export: tagged copies, cover, manifests, DDEX ERN."""
