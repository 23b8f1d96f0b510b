	p := unsafe.Pointer(uintptr(unsafe.Pointer(&buf[0])) + uintptr(off)) // expect: CWE-242
	v := *(*uint32)(p)
