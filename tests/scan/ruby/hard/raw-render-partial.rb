class Oidc::PublishersView < ApplicationView
  def template
    content_for(:sidebar) { raw(view_context.render("publishers/sidebar")) } # ok: CWE-79
    render Oidc::PublisherTable.new(publishers: @publishers)
  end
end
