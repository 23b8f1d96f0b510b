        }.map { _ in
            let n = Int(random() % 62) // expect: CWE-330
            return alphabet[alphabet.index(alphabet.startIndex, offsetBy: n)]
        }
