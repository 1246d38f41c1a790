// Scrolls an element of the page into view by id: the article page uses it to bring the
// sentence of the indicator named in ?indicator= to the middle of the screen.
export function scrollToElement(id) {
    const element = document.getElementById(id);
    if (!element) return false;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
}
