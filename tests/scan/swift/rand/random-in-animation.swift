        let delay = drand48() * 0.3 // expect: CWE-330
        UIView.animate(withDuration: 0.25, delay: delay, options: [.curveEaseOut]) {
            cell.alpha = 1
        }
