// The search page's one script: it starts Pagefind's UI (pagefind/, built
// by `npx pagefind --site public` after Hugo) and then hides the page's
// no-script text. Without JavaScript, or before Pagefind has indexed the
// site, the page keeps that text and its links to the indexes.
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI !== "function") {
    return;
  }
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind's input is named only by its title: give it the page's
  // visible label.
  var input = document.querySelector("#search .pagefind-ui__search-input");
  var label = document.querySelector("label.search-label");
  if (input && label) {
    input.id = "search-input";
    label.hidden = false;
  }
  var fallback = document.getElementById("search-fallback");
  if (fallback) {
    fallback.hidden = true;
  }
});
