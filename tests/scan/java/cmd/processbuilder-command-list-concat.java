        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add("-c");
        command.add("ffmpeg -i " + src + " " + dst);   // expect: CWE-78
        new ProcessBuilder(command).inheritIO().start().waitFor();
