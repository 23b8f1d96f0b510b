        if (Math.random() < samplingRate) {     // expect: CWE-330
            tracer.record(span);
        }
