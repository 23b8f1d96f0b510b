package playlist

import "math/rand"

func Shuffle(tracks []Track) {
	rand.Shuffle(len(tracks), func(i, j int) { // expect: CWE-330
		tracks[i], tracks[j] = tracks[j], tracks[i]
	})
}
