module ApplicationHelper
  FLASH_CLASSES = { notice: "alert-info", alert: "alert-danger" }.freeze

  def flash_messages
    flash.map do |type, message|
      css = FLASH_CLASSES.fetch(type.to_sym, "alert-secondary")
      content_tag(:div, message, class: "alert #{css}")
    end.join.html_safe # ok: CWE-79
  end

  def page_title(title = nil)
    base = "Order Desk"
    title.present? ? "#{title} | #{base}" : base
  end

  def avatar_for(user, size: 40)
    url = user.avatar.attached? ? url_for(user.avatar.variant(resize_to_limit: [size, size])) : "default.png"
    image_tag(url, alt: user.name, class: "avatar", width: size, height: size)
  end

  def markdown(text)
    html = Redcarpet::Markdown.new(Redcarpet::Render::HTML).render(text.to_s)
    html.html_safe # expect: CWE-79
  end

  def badge(status)
    content_tag(:span, status.humanize, class: "badge badge-#{status}")
  end
end
