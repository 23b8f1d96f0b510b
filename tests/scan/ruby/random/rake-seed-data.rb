namespace :db do
  desc "Fill the development database with fake orders"
  task seed_orders: :environment do
    abort "development only" unless Rails.env.development?

    customers = Customer.limit(50).to_a
    statuses = %w[pending paid shipped cancelled]

    500.times do |i|
      customer = customers.sample # expect: CWE-330
      Order.create!(
        customer: customer,
        ref: format("ORD-%06d", i + 1),
        status: statuses.sample, # expect: CWE-330
        total_cents: rand(500..50_000), # expect: CWE-330
        created_at: rand(90).days.ago # expect: CWE-330
      )
    end

    puts "created #{Order.count} orders"
  end
end
