package com.games.lobby;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class Lobby {
    private final List<Player> waiting = new ArrayList<>();
    private final Random random = new Random();   // expect: CWE-330

    public synchronized void join(Player p) {
        waiting.add(p);
    }

    public synchronized List<Team> makeTeams(int size) {
        Collections.shuffle(waiting, random);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i + size <= waiting.size(); i += size) {
            teams.add(new Team(waiting.subList(i, i + size)));
        }
        waiting.clear();
        return teams;
    }

    public Map pickMap(List<Map> maps) {
        return maps.get(random.nextInt(maps.size()));
    }
}
