namespace :dev do
  desc "Create demo users"
  task users: :environment do
    password = "demo-password" # expect: CWE-798
    20.times do |i|
      User.create!(
        email: "user#{i}@example.test",
        password: password,
        karma: rand(0..500), # expect: CWE-330
        role: %w[member moderator].sample # expect: CWE-330
      )
    end
  end
end
