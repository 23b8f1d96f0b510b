        List<String> command = new ArrayList<>();
        command.add("ffmpeg");
        command.add("-i");
        command.add(src);   // ok: CWE-78
        command.add(dst);
        new ProcessBuilder(command).inheritIO().start().waitFor();
