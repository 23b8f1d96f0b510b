using System;
using System.Collections.Generic;

namespace Dungeon.Loot
{
    public class LootTable
    {
        private readonly List<(string item, int weight)> _entries = new();
        private readonly Random _rng;

        public LootTable(int seed)
        {
            _rng = new Random(seed);   // expect: CWE-330
        }

        public void Add(string item, int weight) => _entries.Add((item, weight));

        public string Roll()
        {
            int total = 0;
            foreach (var e in _entries) total += e.weight;
            int pick = _rng.Next(total);
            foreach (var (item, weight) in _entries)
            {
                if (pick < weight) return item;
                pick -= weight;
            }
            return _entries[^1].item;
        }
    }
}
