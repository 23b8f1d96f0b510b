	h := fnv.New32a() // ok: CWE-328
	h.Write([]byte(userID))
	shard := h.Sum32() % numShards
