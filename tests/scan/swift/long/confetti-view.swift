import UIKit

final class ConfettiView: UIView {
    private let colors: [UIColor] = [.systemRed, .systemBlue, .systemGreen, .systemYellow]

    func burst(count: Int) {
        for _ in 0..<count {
            let piece = UIView(frame: CGRect(x: bounds.midX, y: 0, width: 6, height: 10))
            piece.backgroundColor = colors[Int(arc4random()) % colors.count]
            addSubview(piece)
            let dx = CGFloat(drand48() * 300 - 150) // expect: CWE-330
            let duration = 1.0 + Double(random() % 100) / 100.0 // expect: CWE-330
            UIView.animate(withDuration: duration, animations: {
                piece.center = CGPoint(x: self.bounds.midX + dx, y: self.bounds.maxY)
                piece.transform = CGAffineTransform(rotationAngle: .pi)
            }, completion: { _ in
                piece.removeFromSuperview()
            })
        }
    }

    override func layoutSubviews() {
        super.layoutSubviews()
        clipsToBounds = true
    }
}
